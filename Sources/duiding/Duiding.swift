import ArgumentParser

@main
struct Duiding: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duiding",
        abstract: "Turns news articles into a linked record of who did what to whom, when and where.",
        discussion: """
            Dutch first, English next. Reads files or standard input (-), writes standard output.
            Example:
              duiding analyze article.txt --reference-time 2024-05-16T09:34:00+02:00
            """,
        version: "0.1.0",
        subcommands: [
            AnalyzeCommand.self, IngestCommand.self, SearchCommand.self, ExportCommand.self, ServeCommand.self, KnowledgeCommand.self, EvaluateCommand.self,
            TrainCommand.self, BenchCommand.self,
        ]
    )
}
