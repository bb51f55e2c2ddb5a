"""App-only helpers for the Streamlit pages: cached loaders, session state, plan edits, views, figures.

The pages describe the UI; the logic lives in the shared modules (chiiki_mirai.service, reports,
recommender.api, knowledge) and, for what only the app needs, here.
"""
