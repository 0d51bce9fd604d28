/// A one-time sign-in code for someone without e-mail, printed on a sheet: 12 characters without look-alikes
/// (about 60 bits), shown as `K7QM-2XPD-9HTR`, typed in any case, with or without the dashes.
public enum SignInCode {
    static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    public static let length = 12

    public static func make<R: RandomNumberGenerator>(using random: inout R) -> String {
        String((0..<length).map { _ in alphabet[Int(random.next(upperBound: UInt32(alphabet.count)))] })
    }

    public static func make() -> String {
        var random = SystemRandomNumberGenerator()
        return make(using: &random)
    }

    /// `K7QM2XPD9HTR` → `K7QM-2XPD-9HTR`.
    public static func formatted(_ code: String) -> String {
        stride(from: 0, to: code.count, by: 4).map { start in
            String(code.dropFirst(start).prefix(4))
        }.joined(separator: "-")
    }

    /// What someone typed, as the code is stored: upper case, letters and digits only; `nil` when it cannot be one.
    public static func normalized(_ text: String) -> String? {
        let code = String(text.uppercased().filter { $0.isLetter || $0.isNumber })
        guard code.count == length, code.allSatisfy(alphabet.contains) else { return nil }
        return code
    }
}
