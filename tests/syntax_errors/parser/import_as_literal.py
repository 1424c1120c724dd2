import os as 1
