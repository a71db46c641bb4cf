"""The competency queries, shipped inside kg as kg._queries (see setup.py)."""
