"""What people do with notebooks (the original's clickstream, reference §1.2)."""
