// Snowball's stemmers (Debian's libstemmer-dev, which ships no pkg-config file).
#include <libstemmer.h>
