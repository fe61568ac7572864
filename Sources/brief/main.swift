#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BriefKit

// The executable only hands argv to the library; all behaviour lives in BriefKit.
exit(BriefCLI.main(Array(CommandLine.arguments.dropFirst())).rawValue)
