import BenchmarkCorpus
import Foundation

// make-store N [PATH]: generates (once) the benchmark store of N debriefs and prints its path.
let arguments = CommandLine.arguments.dropFirst()
guard let size = arguments.first.flatMap({ Int($0) }), size > 0 else {
    FileHandle.standardError.write(Data("usage: make-store N [PATH]\n".utf8))
    exit(64)
}
let path = arguments.dropFirst().first ?? GeneratedStore.path(size: size)
let store = try await GeneratedStore.prepare(path, size: size)
try store.close()
print(path)
