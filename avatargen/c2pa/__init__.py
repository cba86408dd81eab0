"""C2PA content credentials: signing images (:mod:`.signing`), reading and validating
manifests (:mod:`.reading`), development certificates (:mod:`.devcert`) and checking a
whole dataset (:mod:`.verify`).

The ``c2pa-python`` library is an optional dependency (``pip install avatargen[c2pa]``):
without it nothing is signed and a manifest found by ``verify`` is reported as not checked.
"""
