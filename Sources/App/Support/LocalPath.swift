import Foundation

/// The one check for every address a request asks to be sent back to (`back`, `next`): only a path of this site.
/// Browsers read `/\host` and `/<tab>/host` as `//host`, another site, so a backslash, a control character or
/// white space anywhere, a second leading slash, a scheme or a host make it the fallback.
enum LocalPath {
    static func validated(_ raw: String?, fallback: String = "/") -> String {
        guard let raw, raw.hasPrefix("/"), !raw.hasPrefix("//"), raw.count <= 2_000,
            !raw.unicodeScalars.contains(where: {
                $0 == "\\" || $0.properties.isWhitespace || $0.value < 0x20
                    || (0x7F...0x9F).contains($0.value)
            }),
            let components = URLComponents(string: raw), components.scheme == nil, components.host == nil
        else { return fallback }
        return raw
    }
}
