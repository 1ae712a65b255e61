"""Stars, comments, likes, feedback and external resources on notebooks."""
