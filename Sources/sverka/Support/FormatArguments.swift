// The library's output formats as option values: `--format` of `align`, `batch` and `pair`.

import ArgumentParser
import SverkaCore

extension AlignmentFormat: ExpressibleByArgument {}

extension PairingWriter.Format: ExpressibleByArgument {}
