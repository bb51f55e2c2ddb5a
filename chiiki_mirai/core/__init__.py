"""The bottom layer: errors, the plan model, the typed check result and the Japanese text primitives.

Nothing here imports any other part of chiiki_mirai.
"""
