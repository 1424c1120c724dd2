# Exit status is taken modulo 256 by the OS; negative codes wrap.
import sys
print("exit 258")
sys.exit(258)
