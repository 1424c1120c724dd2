import .os
