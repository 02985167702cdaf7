"""Turning files into stored documents: read, decode, extract HTML main text, hash, store.

``prepare`` is pure (a file in, a :class:`PreparedDocument` or a :class:`RefusedInput` out);
``store`` writes one prepared document in the caller's transaction; ``runner`` walks paths and
stores the files a few per transaction, a refused file writing nothing, so one bad file never
stops the good ones.
"""
