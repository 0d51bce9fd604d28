import Fluent
import FluentKit
import Foundation
import Vapor

enum Commands {
    static func register(in app: Application) {
        app.asyncCommands.use(CreateUserCommand(), as: "create-user")
        app.asyncCommands.use(DemoCommand(), as: "demo")
        app.asyncCommands.use(AnonymizeDueCommand(), as: "anonymize-due")
        app.asyncCommands.use(RoadmapCommands(), as: "roadmap")
        app.asyncCommands.use(ImportCommands(), as: "import")
        app.asyncCommands.use(MatchCommand(), as: "match")
        app.asyncCommands.use(RhythmCommand(), as: "rhythm")
        app.asyncCommands.use(IndicatorsCommand(), as: "indicators")
        app.asyncCommands.use(RegulationCommand(), as: "regulation")
        app.asyncCommands.use(MailCommand(), as: "mail")
        app.asyncCommands.use(InviteCommand(), as: "invite")
        app.asyncCommands.use(APITokenCommand(), as: "api-token")
        app.asyncCommands.use(BackupCommand(), as: "backup")
        app.asyncCommands.use(RestoreCommand(), as: "restore")
        app.asyncCommands.use(MigrateDataCommand(), as: "migrate-data")
    }
}
