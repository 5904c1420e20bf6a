// The --lang option's values.

import ArgumentParser
import SverkaCore

extension Language: ExpressibleByArgument {}
