import sys
sys.argv=sys.argv
from align import rowinfo
