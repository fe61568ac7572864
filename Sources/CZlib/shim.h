// The system's zlib (raw deflate and inflate, crc32) for the Word reader and writer.
#include <zlib.h>
