import ArgumentParser

/// The `ID` argument of the commands that act on one debrief; a unique prefix is enough.
struct DebriefIDArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The debrief's id, or enough of its start to tell it apart (see `debrief list`).", valueName: "id"))
    var id: String
}
