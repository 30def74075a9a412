import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension Faults {
    /// `-o PATH` of `export`, `report` and `show` at things that are not a new or plain file:
    /// each is refused with a clear message and left exactly as it was.
    @Suite struct OutputTargets {
        enum Target: String, CaseIterable, CustomStringConvertible {
            case symlink = "symlink to a file", danglingSymlink = "dangling symlink", fifo = "FIFO", device = "device node",
                 folder = "folder", existingFile = "existing file", existingFileForced = "existing file with --force",
                 unwritable = "path under a file", newFile = "new path"
            var description: String { rawValue }

            /// Whether the command must succeed (and write) rather than be refused.
            var isWritable: Bool { self == .newFile || self == .existingFileForced }
        }

        static let victim = "precious\n"

        /// The three commands that write to `-o`, for the debrief `id`.
        static func commands(id: String, output: String, force: Bool) -> [[String]] {
            let tail = ["-o", output] + (force ? ["--force"] : [])
            return [["export"] + tail, ["report"] + tail, ["show", id] + tail]
        }

        @Test(arguments: Target.allCases)
        func aSpecialOutputTargetIsRefusedAndUntouched(target: Target) throws {
            if target == .device && getuid() != 0 {
                Faults.report("-o \(target): skipped, making a device node needs root")
                return
            }
            let scenario = try Scenario()
            let id = try HostileStores.makeStore(in: scenario)
            var problems: [String] = []
            for (index, arguments) in Self.commands(id: id, output: "", force: target == .existingFileForced).enumerated() {
                let folder = scenario.folder.appendingPathComponent("out-\(index)").path
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                let path = target == .unwritable ? folder + "/victim.txt/out.json" : folder + "/out.json"
                let reader = try Self.prepare(target, at: folder + "/out.json", folder: folder)
                defer { if reader >= 0 { close(reader) } }
                let run = try FaultRun(arguments.map { $0.isEmpty ? path : $0 } + ["--store", scenario.storePath], environment: scenario.environment, timeout: 30)
                let name = arguments[0]
                if run.diedBySignal || run.leak != nil || run.output.contains("Usage:") {
                    problems.append("\(name): crashed, leaked or printed usage (\(run.status)): \(run.output.suffix(300))")
                }
                if target.isWritable {
                    let written = FileManager.default.contents(atPath: path)
                    if run.status != 0 || written == nil || written == Data(Self.victim.utf8) { problems.append("\(name): did not write (\(run.status)): \(run.output.suffix(300))") }
                } else {
                    if run.status == 0 { problems.append("\(name): accepted \(target)") }
                    if !run.output.contains(path) { problems.append("\(name): the message does not name \(path): \(run.output.suffix(300))") }
                    if let change = try Self.change(target, at: folder + "/out.json", folder: folder, reader: reader) { problems.append("\(name): \(change)") }
                }
            }
            Faults.report("-o \(target): 3 commands, \(problems.count) problems")
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }

        /// Puts `target` at `path`; returns a FIFO's read end (open, so a write cannot block), else -1.
        static func prepare(_ target: Target, at path: String, folder: String) throws -> Int32 {
            let manager = FileManager.default
            try Data(victim.utf8).write(to: URL(fileURLWithPath: folder + "/victim.txt"))
            switch target {
            case .symlink: try manager.createSymbolicLink(atPath: path, withDestinationPath: folder + "/victim.txt")
            case .danglingSymlink: try manager.createSymbolicLink(atPath: path, withDestinationPath: folder + "/nowhere.txt")
            case .fifo:
                guard mkfifo(path, 0o600) == 0 else { throw DebriefProcess.Failure(description: "mkfifo failed: \(errno)") }
                return open(path, O_RDONLY | O_NONBLOCK)
            case .device:
                guard mknod(path, S_IFCHR | 0o600, Self.nullDevice) == 0 else { throw DebriefProcess.Failure(description: "mknod failed: \(errno)") }
            case .folder: try manager.createDirectory(atPath: path, withIntermediateDirectories: false)
            case .existingFile, .existingFileForced: try Data(victim.utf8).write(to: URL(fileURLWithPath: path))
            case .unwritable, .newFile: break
            }
            return -1
        }

        /// The device numbers of /dev/null (1, 3): a node of our own, in our own folder, that absorbs a stray write.
        static let nullDevice = dev_t(1 << 8 | 3)

        /// What changed about `target` at `path` since ``prepare(_:at:folder:)``, if anything.
        static func change(_ target: Target, at path: String, folder: String, reader: Int32) throws -> String? {
            let manager = FileManager.default
            var info = stat()
            let exists = lstat(path, &info) == 0
            let kind = info.st_mode & S_IFMT
            if manager.contents(atPath: folder + "/victim.txt") != Data(victim.utf8) { return "the file behind it changed" }
            switch target {
            case .symlink, .danglingSymlink:
                let destination = try? manager.destinationOfSymbolicLink(atPath: path)
                let expected = folder + (target == .symlink ? "/victim.txt" : "/nowhere.txt")
                if !exists || kind != S_IFLNK || destination != expected { return "the symlink was replaced" }
                if target == .danglingSymlink && manager.fileExists(atPath: expected) { return "the symlink's target was created" }
            case .fifo:
                var byte: UInt8 = 0
                if !exists || kind != S_IFIFO { return "the FIFO was replaced" }
                if read(reader, &byte, 1) > 0 { return "something was written into the FIFO" }
            case .device:
                if !exists || kind != S_IFCHR || info.st_rdev != nullDevice { return "the device node was replaced" }
            case .folder:
                if !exists || kind != S_IFDIR || (try? manager.contentsOfDirectory(atPath: path)) != [] { return "the folder changed" }
            case .existingFile:
                if manager.contents(atPath: path) != Data(victim.utf8) { return "the existing file was replaced without --force" }
            case .unwritable, .newFile, .existingFileForced:
                break
            }
            let leftovers = try manager.contentsOfDirectory(atPath: folder).filter { $0 != "victim.txt" && $0 != "out.json" }
            return leftovers.isEmpty ? nil : "left \(leftovers) behind"
        }
    }
}
