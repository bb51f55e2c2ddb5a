# -*- coding: utf-8 -*-
from content_a import A1, A2
from content_b import B1, B2
from content_c import C1, C2
DRAFTS = [A1, A2, B1, B2, C1, C2]
