import Foundation

/// Why a file could not be read; the message is for the person who uploaded it.
public enum DocumentError: Error, Equatable, Sendable {
    case empty
    case tooLarge(limitMB: Int)
    case unsupportedFormat(String)
    case notADocx
    case notAnXlsx
    case suspiciousArchive
    case brokenXML(String)
    case noTable
    case noRoadmapColumns
    case noPeopleColumns
    case limitExceeded(Limit)

    /// The bound of a `ReadingBudget` a file passed.
    public enum Limit: Equatable, Sendable {
        case rows(Int)
        case columns(Int, line: Int)
        case cells(Int)
        case elements(Int)
        case text(megabytes: Int)
    }

    public var message: String {
        switch self {
        case .empty: "Файл пустой."
        case .tooLarge(let limit): "Файл больше \(limit) МБ — проверьте, тот ли файл выбран."
        case .unsupportedFormat(let name):
            "Формат файла «\(name)» не поддерживается: загрузите DOCX, XLSX, CSV или текст (TXT/TSV)."
        case .notADocx:
            "Файл не является документом Word (DOCX): он повреждён или сохранён в другом формате. Сохраните его как .docx и загрузите снова."
        case .notAnXlsx: "Файл не является таблицей Excel (XLSX): он повреждён или сохранён в другом формате."
        case .suspiciousArchive:
            "Файл распаковывается в слишком большой объём — загрузка остановлена. Пересохраните документ и попробуйте снова."
        case .brokenXML(let part):
            "Документ повреждён: не удаётся прочитать «\(part)». Откройте его в Word, пересохраните и загрузите снова."
        case .noTable: "В документе нет таблицы дорожной карты."
        case .noRoadmapColumns:
            "Не найдена шапка таблицы дорожной карты: нужны столбцы «Мероприятие» (или «Содержание») и хотя бы один из «Сроки», «Ответственные», «Результат»."
        case .limitExceeded(let limit): limit.message
        case .noPeopleColumns:
            "Не найдена строка заголовков списка: нужны столбцы «ФИО» (или «Фамилия» и «Имя») и ещё хотя бы один, например «Дата рождения»."
        }
    }
}

extension DocumentError.Limit {
    var message: String {
        let advice = "Разделите файл на части или удалите лишнее и загрузите снова."
        return switch self {
        case .rows(let count): "В файле больше \(count.grouped) строк с текстом — загрузка остановлена. \(advice)"
        case .columns(let count, let line):
            "В строке \(line) текст стоит дальше \(count)-го столбца — таких списков и планов не бывает. \(advice)"
        case .cells(let count): "В таблицах файла больше \(count.grouped) ячеек — загрузка остановлена. \(advice)"
        case .elements(let count):
            "Файл описывает больше \(count.grouped) строк и ячеек, пустых или нет, — загрузка остановлена. \(advice)"
        case .text(let megabytes): "Текста в файле больше \(megabytes) МБ — загрузка остановлена. \(advice)"
        }
    }
}

extension Int {
    /// 100000 → «100 000», as Russian documents write numbers.
    fileprivate var grouped: String {
        let digits = Array(String(self))
        return digits.enumerated().map { index, digit in
            (index > 0 && (digits.count - index) % 3 == 0 ? "\u{00A0}" : "") + String(digit)
        }.joined()
    }
}

extension DocumentError: LocalizedError {
    public var errorDescription: String? { message }
}
