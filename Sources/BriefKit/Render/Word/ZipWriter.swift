/// Writes a zip archive in memory: entries deflated (or stored, when deflate does not
/// help), in the order given, every one dated 1980-01-01 00:00 — the earliest date zip
/// can hold — so the same entries always make the same bytes.
struct ZipWriter {
    private var data: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// DOS time 00:00:00 and date 1980-01-01 (day 1, month 1, year 0 from 1980).
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = 1 << 5 | 1

    mutating func add(_ name: String, _ bytes: [UInt8]) {
        let deflated = Zlib.deflate(bytes)
        let stored = deflated.isEmpty || deflated.count >= bytes.count
        let body = stored ? bytes : deflated
        let method: UInt16 = stored ? 0 : 8
        let crc = Zlib.crc32(bytes)
        let nameBytes = Array(name.utf8)
        let offset = UInt32(data.count)
        // Local file header.
        put32(&data, 0x0403_4B50)
        put16(&data, 20)                      // version needed: 2.0 (deflate)
        put16(&data, 0x0800)                  // flags: names are UTF-8
        put16(&data, method)
        put16(&data, Self.dosTime)
        put16(&data, Self.dosDate)
        put32(&data, crc)
        put32(&data, UInt32(body.count))
        put32(&data, UInt32(bytes.count))
        put16(&data, UInt16(nameBytes.count))
        put16(&data, 0)
        data += nameBytes
        data += body
        // Its central directory entry.
        put32(&directory, 0x0201_4B50)
        put16(&directory, 20)                 // made by: MS-DOS, 2.0
        put16(&directory, 20)
        put16(&directory, 0x0800)
        put16(&directory, method)
        put16(&directory, Self.dosTime)
        put16(&directory, Self.dosDate)
        put32(&directory, crc)
        put32(&directory, UInt32(body.count))
        put32(&directory, UInt32(bytes.count))
        put16(&directory, UInt16(nameBytes.count))
        put16(&directory, 0)                  // extra
        put16(&directory, 0)                  // comment
        put16(&directory, 0)                  // disk
        put16(&directory, 0)                  // internal attributes
        put32(&directory, 0)                  // external attributes
        put32(&directory, offset)
        directory += nameBytes
        count += 1
    }

    /// The archive: the entries, their central directory and its end record.
    func finished() -> [UInt8] {
        var out = data
        let directoryOffset = UInt32(out.count)
        out += directory
        put32(&out, 0x0605_4B50)
        put16(&out, 0)
        put16(&out, 0)
        put16(&out, UInt16(count))
        put16(&out, UInt16(count))
        put32(&out, UInt32(directory.count))
        put32(&out, directoryOffset)
        put16(&out, 0)
        return out
    }

    private func put16(_ out: inout [UInt8], _ v: UInt16) {
        out.append(UInt8(v & 0xFF))
        out.append(UInt8(v >> 8))
    }

    private func put32(_ out: inout [UInt8], _ v: UInt32) {
        put16(&out, UInt16(v & 0xFFFF))
        put16(&out, UInt16(v >> 16))
    }
}
