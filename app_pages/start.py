"""The app's root address (/): opens the desk at its own address (/desk), so every page has a readable URL."""

import streamlit as st

st.switch_page("app_pages/desk.py")
