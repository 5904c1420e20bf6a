// The umbrella module: re-exports every stage, so `import SverkaCore` is all a user writes.

@_exported import SverkaAlign
@_exported import SverkaCheck
@_exported import SverkaDiff
@_exported import SverkaExport
@_exported import SverkaModel
@_exported import SverkaRead
@_exported import SverkaText
