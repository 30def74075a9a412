/// The commented starter file that `debrief plugins new NAME` writes.
///
/// It validates and runs as written, and shows each feature once, so a new author can
/// change it rather than start from a blank page.
public enum YAMLPluginTemplate {
    /// The plugin id a name becomes: lowercased, other characters turned into dashes.
    public static func pluginID(for name: String) -> String {
        let id = name.lowercased().split(whereSeparator: { !$0.isASCII || !($0.isLetter || $0.isNumber) }).joined(separator: "-")
        return id.isEmpty ? "my-plugin" : id
    }

    /// A starter plugin with id ``pluginID(for:)``.
    public static func starter(name: String) -> String {
        let safeID = pluginID(for: name)
        return """
        # A Debrief prompt plugin. Check it with: debrief plugins validate \(safeID).yaml
        # Full reference: Documentation/YAMLPlugins.md
        id: \(safeID)                # unique; also the chapter id
        title: My extra questions    # shown in progress and summaries
        version: 1                   # bump when you change the steps

        # Where the chapter goes: before, after or replaces another chapter id.
        # Leave it out to ask these questions at the end.
        placement:
          after: reflect

        steps:
          - id: \(safeID).intro
            say: A few more questions of your own, about {company|this interview}.

          - id: \(safeID).surprised
            ask: Did anything in the interview surprise you?
            type: yes-partly-no

          - id: \(safeID).what
            ask: What surprised you, and how would you prepare for it next time?
            when: { step: \(safeID).surprised, not: "no" }

          - id: \(safeID).energy
            ask: How much energy do you have for the next application, from 1 to 5?
            type: scale
            low: none at all
            high: plenty
            reactions:
              - when: { step: \(safeID).energy, less-than: 3 }
                say: That's fair after a setback. A short break is part of the process, not a step back.

          - id: \(safeID).topics
            ask: Which topics do you want to brush up on? (separate them with ;)
            type: list
            optional: true

          - id: \(safeID).topic-plan
            for-each: \(safeID).topics
            ask: When will you practise "{item}"?
            type: date
            direction: future

        """
    }
}
