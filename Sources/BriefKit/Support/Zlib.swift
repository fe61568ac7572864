import CZlib

/// Raw deflate streams (as zip archives hold them) and CRC-32, through the system's zlib.
enum Zlib {
    enum Failure: Error, Equatable {
        /// The stream would inflate to more than the limit given.
        case overLimit
        /// Not a valid deflate stream, or it ends early (zlib's message).
        case corrupt(String)
    }

    /// Inflates a raw deflate stream (no zlib or gzip header), refusing to produce more
    /// than `limit` bytes: output is made a chunk at a time, so a stream that would inflate
    /// without bound stops at the limit instead of exhausting memory.
    static func inflate(_ input: UnsafeBufferPointer<UInt8>, limit: Int, sizeHint: Int = 0) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt("cannot start zlib")
        }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        out.reserveCapacity(min(max(0, sizeHint), limit))
        let chunkSize = 1 << 16
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.avail_in = UInt32(input.count)
        while true {
            let (status, produced) = chunk.withUnsafeMutableBufferPointer { buffer -> (Int32, Int) in
                stream.next_out = buffer.baseAddress
                stream.avail_out = UInt32(chunkSize)
                let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                return (status, chunkSize - Int(stream.avail_out))
            }
            if out.count + produced > limit { throw .overLimit }
            out.append(contentsOf: chunk[0..<produced])
            switch status {
            case Z_STREAM_END: return out
            case Z_OK: continue
            case Z_BUF_ERROR where stream.avail_in == 0 && produced == 0:
                throw .corrupt("the compressed data ends early")
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                throw .corrupt(message)
            }
        }
    }

    /// Deflates `bytes` to a raw deflate stream at the best compression; the same input
    /// always gives the same bytes (with one zlib version), so archives are reproducible.
    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                            zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, UInt(bytes.count)))
        var out = [UInt8](repeating: 0, count: bound)
        let written: Int = bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = UInt32(input.count)
                stream.next_out = output.baseAddress
                stream.avail_out = UInt32(output.count)
                // deflateBound guarantees one call with Z_FINISH completes.
                guard CZlib.deflate(&stream, Z_FINISH) == Z_STREAM_END else { return -1 }
                return output.count - Int(stream.avail_out)
            }
        }
        return written < 0 ? [] : Array(out[0..<written])
    }

    static func crc32<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        let crc = bytes.withContiguousStorageIfAvailable { b -> UInt in
            CZlib.crc32(0, b.baseAddress, UInt32(b.count))
        } ?? Array(bytes).withUnsafeBufferPointer { b in CZlib.crc32(0, b.baseAddress, UInt32(b.count)) }
        return UInt32(truncatingIfNeeded: crc)
    }
}
