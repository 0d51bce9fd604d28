import Foundation

/// A picture a template places where its field stands — the organization's letterhead: a PNG or a JPEG whose size in
/// pixels is read from its header, drawn at most the width of the page's text and 6 cm high, keeping its proportions.
public struct TemplateImage: Sendable, Equatable {
    public enum Format: String, Sendable {
        case png, jpeg

        public var mediaType: String { self == .png ? "image/png" : "image/jpeg" }
    }

    public static let maximumBytes = 2 * 1024 * 1024
    /// The largest side accepted, in pixels: enough for a letterhead scanned at 600 dpi.
    public static let maximumSide = 10_000

    public let data: Data
    public let format: Format
    public let width: Int
    public let height: Int

    /// Reads the picture; nil when it is not a PNG or a JPEG whose size can be read and stays within the limits.
    public init?(_ data: Data) {
        guard data.count <= Self.maximumBytes,
            let (format, width, height) = Self.png(data).map({ (Format.png, $0.0, $0.1) })
                ?? Self.jpeg(data).map({ (Format.jpeg, $0.0, $0.1) }),
            (1...Self.maximumSide).contains(width), (1...Self.maximumSide).contains(height)
        else { return nil }
        (self.data, self.format, self.width, self.height) = (data, format, width, height)
    }

    /// The drawn size in EMU (914 400 to an inch): at most 16.5 cm wide and 6 cm high, at 96 pixels to an inch when
    /// smaller.
    var extent: (cx: Int, cy: Int) {
        let perPixel = 9_525
        let (maxWidth, maxHeight) = (5_940_000, 2_160_000)
        let scale = min(1, Double(maxWidth) / Double(width * perPixel), Double(maxHeight) / Double(height * perPixel))
        return (Int(Double(width * perPixel) * scale), Int(Double(height * perPixel) * scale))
    }

    /// Width and height from a PNG's IHDR chunk.
    private static func png(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            bytes[12...15].elementsEqual(Array("IHDR".utf8))
        else { return nil }
        return (bigEndian(bytes[16...19]), bigEndian(bytes[20...23]))
    }

    /// Width and height from a JPEG's start-of-frame segment, walking the segments before it.
    private static func jpeg(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data)
        guard bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var index = 2
        while index + 9 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF {
                index += 1
                continue
            }
            let length = bigEndian(bytes[(index + 2)...(index + 3)])
            // Start of frame: baseline, extended, progressive, lossless (not DHT 0xC4, JPG 0xC8, DAC 0xCC).
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return (bigEndian(bytes[(index + 7)...(index + 8)]), bigEndian(bytes[(index + 5)...(index + 6)]))
            }
            guard length >= 2 else { return nil }
            index += 2 + length
        }
        return nil
    }

    private static func bigEndian(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 << 8 | Int($1) }
    }

    /// The inline drawing of the picture, related to the part by `relationship`; `id` is unique in the document.
    func drawing(relationship: String, id: Int) -> String {
        let (cx, cy) = extent
        let a = "http://schemas.openxmlformats.org/drawingml/2006/main"
        let pic = "http://schemas.openxmlformats.org/drawingml/2006/picture"
        return """
            <w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
            xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="\(a)" \
            xmlns:pic="\(pic)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\(cx)" cy="\(cy)"/>\
            <wp:docPr id="\(id)" name="Бланк \(id)"/><wp:cNvGraphicFramePr>\
            <a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic>\
            <a:graphicData uri="\(pic)"><pic:pic><pic:nvPicPr><pic:cNvPr id="\(id)" name="Бланк \(id)"/>\
            <pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="\(relationship)"/><a:stretch><a:fillRect/>\
            </a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(cx)" cy="\(cy)"/>\
            </a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>\
            </a:graphic></wp:inline></w:drawing>
            """
    }
}
