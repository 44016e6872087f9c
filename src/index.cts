// The CommonJS entry point: `require('breach-extract')` gives the same module as `import`. The package is ES
// modules throughout (its dependencies too); Node 20.19 and later load an ES module from require() (with no
// top-level await, as here), so this wrapper hands CommonJS callers the one ESM build rather than a second,
// separately compiled copy whose classes and state would differ from the ESM one's.
import api = require('./index.js');
export = api;
