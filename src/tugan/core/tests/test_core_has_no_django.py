import subprocess
import sys


def test_importing_tugan_core_does_not_load_django():
    code = (
        "import pkgutil, importlib, sys, tugan.core\n"
        "for module in pkgutil.walk_packages(tugan.core.__path__, 'tugan.core.'):\n"
        "    if '.tests' not in module.name:\n"
        "        importlib.import_module(module.name)\n"
        "print('django' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
