#include "modelslog.h"

Q_LOGGING_CATEGORY(lcModels, "hn.models")
