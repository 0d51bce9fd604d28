import Foundation
import MentoringCore
import Vapor

/// What the operator reads when a command line cannot run, and the exit status: 2 for a line the app does not
/// understand (a mistyped command, a missing argument), 1 for a command that started and failed. Never a crash.
enum CommandFailure {
    static let help = "Справка по команде: nastavnik <команда> --help."

    static func report(_ error: any Error) -> (message: String, status: Int32) {
        guard let error = error as? CommandError else { return ("Команда не выполнена: \(reason(error))", 1) }
        switch error {
        case .missingCommand:
            return ("Укажите команду. \(help)", 2)
        case .unknownCommand(let name, let available):
            return ("Неизвестная команда «\(name)». Команды: \(available.sorted().joined(separator: ", ")). \(help)", 2)
        case .missingRequiredArgument(let name):
            return ("Не указан аргумент «\(name)». \(help)", 2)
        case .invalidArgumentType(let name, _), .invalidOptionType(let name, _):
            return ("Неверное значение «\(name)». \(help)", 2)
        case .unknownInput(let input):
            return ("Непонятный аргумент «\(input)». \(help)", 2)
        }
    }

    /// The refusal in the words the web pages use.
    static func reason(_ error: any Error) -> String {
        switch error {
        case let failure as ValidationFailure:
            failure.fields.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")
        case let domain as DomainError: AppErrorMiddleware.describe(domain).1.message
        case let abort as any AbortError: abort.reason
        default: String(describing: error)
        }
    }
}
