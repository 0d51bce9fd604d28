import Foundation

/// libFuzzer's entry: every reader of uploaded files gets the same bytes; a trap, a hang or a blow-up of memory
/// is a finding, an error is not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    for name in ["a.xlsx", "a.docx", "a.csv", "a.txt"] {
        _ = try? DocumentReader.read(data, fileName: name)
    }
    return 0
}
