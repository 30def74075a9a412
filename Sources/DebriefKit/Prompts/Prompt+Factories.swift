// Static factories so a step reads `Ask("…", .yesPartlyNo)` and autocompletion lists every prompt.

extension Prompt where Self == TextPrompt {
    /// Free text; see ``TextPrompt``.
    public static func text(optional: Bool = false, maxLength: Int = 4000, naming: String? = nil) -> TextPrompt {
        TextPrompt(optional: optional, maxLength: maxLength, naming: naming)
    }
}

extension Prompt where Self == YesPartlyNoPrompt {
    /// Yes, partly or no; see ``YesPartlyNoPrompt``.
    public static var yesPartlyNo: YesPartlyNoPrompt { YesPartlyNoPrompt() }

    /// Yes, partly or no, with this question's own words for yes and no; see ``YesPartlyNoPrompt``.
    public static func yesPartlyNo(yes: [String], no: [String]) -> YesPartlyNoPrompt {
        YesPartlyNoPrompt(yes: yes, no: no)
    }
}

extension Prompt where Self == ScalePrompt {
    /// A number on a scale, 1–5 by default; see ``ScalePrompt``.
    public static func scale(_ range: ClosedRange<Int> = 1...5, low: String? = nil, high: String? = nil) -> ScalePrompt {
        ScalePrompt(range, low: low, high: high)
    }
}

extension Prompt where Self == DatePrompt {
    /// A calendar day; see ``DatePrompt``.
    public static func date(_ direction: DatePrompt.Direction = .any) -> DatePrompt {
        DatePrompt(direction)
    }
}

extension Prompt where Self == ChoicePrompt {
    /// One of `options`; see ``ChoicePrompt``.
    public static func choice(_ options: [String], allowsOther: Bool = false, synonyms: [String: [String]] = [:]) -> ChoicePrompt {
        ChoicePrompt(options, allowsOther: allowsOther, synonyms: synonyms)
    }
}

extension Prompt where Self == ListPrompt {
    /// Several items; see ``ListPrompt``.
    public static func list(minimum: Int = 1, maximum: Int = 20) -> ListPrompt {
        ListPrompt(minimum: minimum, maximum: maximum)
    }
}

extension Prompt where Self == STARPrompt {
    /// A four-part behavioural example; see ``STARPrompt``.
    public static var star: STARPrompt { STARPrompt() }
}
