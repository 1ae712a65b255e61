"""Change-request pages: proposing (propose.py) and the requests themselves (requests.py)."""
