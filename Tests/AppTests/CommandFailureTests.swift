import Foundation
import MentoringCore
import Testing
import Vapor

@testable import App

/// A mistyped console line lists the commands and exits with status 2; a failed command exits with 1. Neither
/// ends in a crash with a backtrace.
@Suite struct CommandFailureTests {
    @Test func aMistypedCommandListsTheCommands() {
        let mistyped = CommandError.unknownCommand("invte", available: ["serve", "invite"])
        let (message, status) = CommandFailure.report(mistyped)
        #expect(status == 2)
        #expect(message == "Неизвестная команда «invte». Команды: invite, serve. " + CommandFailure.help)
    }

    @Test(arguments: [
        CommandError.missingCommand, .missingRequiredArgument("file"), .unknownInput("--fast"),
        .invalidOptionType("year", type: Int.self),
    ])
    func aLineTheAppDoesNotUnderstandExitsWithTwo(_ error: CommandError) {
        let (message, status) = CommandFailure.report(error)
        #expect(status == 2)
        #expect(message.hasSuffix(CommandFailure.help))
    }

    @Test func aCommandThatFailsSaysWhyAndExitsWithOne() {
        let (message, status) = CommandFailure.report(Abort(.badRequest, reason: "Файл не найден."))
        #expect(status == 1)
        #expect(message == "Команда не выполнена: Файл не найден.")
    }

    @Test func aRefusalIsWorded() {
        #expect(
            CommandFailure.report(DomainError.conflict("Приказ уже подписан.")).message
                == "Команда не выполнена: Приказ уже подписан.")
        #expect(
            CommandFailure.report(ValidationFailure(fields: ["email": "Укажите адрес."])).message
                == "Команда не выполнена: email: Укажите адрес.")
    }
}
