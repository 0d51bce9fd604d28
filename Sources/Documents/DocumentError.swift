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

    public var message: String {
        switch self {
        case .empty: "Файл пустой."
        case .tooLarge(let limit): "Файл больше \(limit) МБ — проверьте, тот ли файл выбран."
        case .unsupportedFormat(let name): "Формат файла «\(name)» не поддерживается: загрузите DOCX, XLSX, CSV или текст (TXT/TSV)."
        case .notADocx: "Файл не является документом Word (DOCX): он повреждён или сохранён в другом формате. Сохраните его как .docx и загрузите снова."
        case .notAnXlsx: "Файл не является таблицей Excel (XLSX): он повреждён или сохранён в другом формате."
        case .suspiciousArchive: "Файл распаковывается в слишком большой объём — загрузка остановлена. Пересохраните документ и попробуйте снова."
        case .brokenXML(let part): "Документ повреждён: не удаётся прочитать «\(part)». Откройте его в Word, пересохраните и загрузите снова."
        case .noTable: "В документе нет таблицы дорожной карты."
        case .noRoadmapColumns: "Не найдена шапка таблицы дорожной карты: нужны столбцы «Мероприятие» (или «Содержание») и хотя бы один из «Сроки», «Ответственные», «Результат»."
        case .noPeopleColumns: "Не найдена строка заголовков списка: нужны столбцы «ФИО» (или «Фамилия» и «Имя») и ещё хотя бы один, например «Дата рождения»."
        }
    }
}

extension DocumentError: LocalizedError {
    public var errorDescription: String? { message }
}
