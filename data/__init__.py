"""The authority table and the sample record, shipped inside kg as kg._data (see setup.py)."""
