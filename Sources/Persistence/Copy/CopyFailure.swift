/// Why a copy between databases stopped; nothing was written to the target then.
package enum CopyFailure: Error, Equatable, CustomStringConvertible {
    /// A column of a type the copy does not know how to carry.
    case unknownType(String, String, String)
    /// The two databases do not have the same tables or columns.
    case schemaDiffers(String)
    /// After the copy a table holds another number of rows than the source.
    case countDiffers(table: String, source: Int, target: Int)
    /// Foreign keys that form a cycle, so no table can go first.
    case cycle([String])

    package var description: String {
        switch self {
        case .unknownType(let table, let column, let type):
            "столбец \(table).\(column) имеет тип \(type), который копирование не знает"
        case .schemaDiffers(let detail): "схемы баз различаются: \(detail)"
        case .countDiffers(let table, let source, let target):
            "в таблице \(table) после копирования \(target) строк, в источнике \(source)"
        case .cycle(let tables): "внешние ключи образуют цикл: \(tables.joined(separator: ", "))"
        }
    }
}
