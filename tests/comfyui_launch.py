"""Start a real ComfyUI (``python tests/comfyui_launch.py COMFYUI/main.py ARGS...``) with
the ComfyUI Python, for ``tests/test_comfyui_real.py``.

ComfyUI runs unchanged. One thing is bridged: PyPI's torchvision wheels are built
against CUDA builds of torch, so with the CPU torch wheel their C++ extension does not
load, and ``import torchvision`` then fails on two operator declarations (``nms``,
``qnms``) it makes without checking that the extension loaded. ComfyUI imports
torchvision at start-up but its model-free core nodes never call those operators, so
when (and only when) the extension cannot load, this declares the two operator schemas
before torchvision is imported; calling them would still fail. With a torchvision built
for the installed torch (e.g. the CPU wheels of torch's own index) nothing is changed.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import runpy
import sys

_LIBRARY = []  # keeps the declared schemas alive


class _TorchvisionBridge(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name != "torchvision":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec("torchvision")
        if spec is not None and spec.submodule_search_locations:
            import ctypes

            import torch

            extension = os.path.join(spec.submodule_search_locations[0], "_C.so")
            try:
                ctypes.CDLL(extension)
            except OSError as exc:
                library = torch.library.Library("torchvision", "DEF")
                for op in ("nms", "qnms"):
                    library.define(
                        f"{op}(Tensor dets, Tensor scores, float iou_threshold) -> Tensor"
                    )
                _LIBRARY.append(library)
                print(
                    f"comfyui_launch: torchvision's C++ extension does not load ({exc}); "
                    "declared torchvision::nms/qnms so that torchvision imports",
                    file=sys.stderr,
                )
        return spec


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit("usage: comfyui_launch.py COMFYUI/main.py [ComfyUI arguments]")
    script = os.path.abspath(sys.argv[1])
    sys.meta_path.insert(0, _TorchvisionBridge())
    sys.argv = [script, *sys.argv[2:]]
    sys.path.insert(0, os.path.dirname(script))
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main()
