// Link flags and header search path for the system ICU; never imported from Swift.
// CSverkaICU includes ICU's headers itself, so this umbrella stays empty of ICU types.
#include <stdint.h>
