import Foundation

/// A document drawn from a template: the values it fills in and the template Nastavnik ships.
public protocol TemplatedDocument {
    var scope: TemplateScope { get }
    static var builtInTemplate: Data { get throws }
}

extension TemplatedDocument {
    /// The document from the given template (an organization's or a municipality's), or from the built-in one.
    public func docx(template: DocxTemplate? = nil) throws -> Data {
        try (template ?? DocxTemplate(Self.builtInTemplate)).filled(scope)
    }
}
