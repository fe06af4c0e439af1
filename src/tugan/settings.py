"""Django settings. This is the only module that reads os.environ (see docs/configuration.md)."""

import os
import secrets
from pathlib import Path
from typing import overload

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

PACKAGE_DIR = Path(__file__).resolve().parent


@overload
def env_text(name: str, default: str) -> str: ...
@overload
def env_text(name: str, default: None = None) -> str | None: ...
def env_text(name: str, default: str | None = None) -> str | None:
    """Return the variable, or the contents of the file named by <NAME>_FILE, or default."""
    if name in os.environ:
        return os.environ[name]
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as error:
            raise ImproperlyConfigured(
                f"{name}_FILE={file_name!r} cannot be read: {error}"
            ) from None
    return default


def env_bool(name: str, default: bool) -> bool:
    """Return a yes/no variable; anything but the usual spellings is an error."""
    value = env_text(name)
    if value is None:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={value!r} is not a yes/no value (use true or false)")


def env_int(name: str, default: int) -> int:
    """Return an integer variable, or raise naming the variable and the bad value."""
    value = env_text(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} is not a whole number") from None


def ensure_secret_key(home: Path) -> str:
    """Return the installation's secret key, generating it into the data folder on first use."""
    key_file = home / "secret_key"
    if not key_file.exists():
        home.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_urlsafe(50))
    return key_file.read_text().strip()


TUGAN_HOME = Path(env_text("TUGAN_HOME", "tugan-data")).resolve()
# Everything Tugan creates (the database and its journals, raw files, exports, backups) is
# readable by its owner only: the folder may sit on a shared or seized machine.
os.umask(0o077)
if not TUGAN_HOME.exists():
    TUGAN_HOME.mkdir(mode=0o700, parents=True)
    TUGAN_HOME.chmod(0o700)
BLOB_DIR = TUGAN_HOME / "blobs"
# A copy of the audit chain's head outside the database (docs/audit.md): a cut tail shows.
AUDIT_HEAD_FILE = TUGAN_HOME / "audit-head.json"

# Limits on one input file (docs/configuration.md); tugan.core.formats.limits applies them.
MAX_FILE_BYTES = env_int("TUGAN_MAX_FILE_BYTES", 50 * 1024 * 1024)
MAX_EXPANDED_BYTES = env_int("TUGAN_MAX_EXPANDED_BYTES", 2 * 1024 * 1024 * 1024)
MAX_COMPRESSION_RATIO = env_int("TUGAN_MAX_COMPRESSION_RATIO", 100)
MAX_PARSE_MEMORY_BYTES = env_int("TUGAN_MAX_PARSE_MEMORY_BYTES", 1024 * 1024 * 1024)
# Form posts without files; a file upload may be as large as one input file.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

SECRET_KEY = env_text("TUGAN_SECRET_KEY") or ensure_secret_key(TUGAN_HOME)
DEBUG = env_bool("TUGAN_DEBUG", False)
ALLOWED_HOSTS = [
    host.strip()
    for host in (env_text("TUGAN_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]") or "").split(",")
    if host.strip()
]
# Browsers keep secure cookies for http://127.0.0.1 and localhost; a server behind HTTPS needs
# nothing more. Only a plain-HTTP server on another address would turn this off.
SECURE_COOKIES = env_bool("TUGAN_SECURE_COOKIES", True)
# Public statistics, monitor cells and map areas show a count under this as "fewer than N".
SMALL_CELL_THRESHOLD = env_int("TUGAN_SMALL_CELL_THRESHOLD", 5)
if SMALL_CELL_THRESHOLD < 1:
    raise ImproperlyConfigured(
        f"TUGAN_SMALL_CELL_THRESHOLD={SMALL_CELL_THRESHOLD!r} must be 1 or more"
    )

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "tugan.accounts",
    "tugan.audit",
    "tugan.sources",
    "tugan.records",
    "tugan.review",
    "tugan.linkage",
    "tugan.search",
    "tugan.publish",
    # The API (tugan.api) and django-ninja, whose docs page then uses its bundled assets.
    "ninja",
    "tugan.api",
    "tugan.monitor",
    "tugan.intake",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "tugan.request_guard.RefuseNulMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "tugan.accounts.middleware.SecondFactorMiddleware",
    "tugan.accounts.middleware.NoStoreForSignedInMiddleware",
    "tugan.accounts.language.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
]

ROOT_URLCONF = "tugan.urls"
WSGI_APPLICATION = "tugan.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "records:person-list"
LOGOUT_REDIRECT_URL = "records:person-list"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

DATABASE_URL = env_text("DATABASE_URL")
if DATABASE_URL:
    try:
        DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
    except ValueError as error:
        raise ImproperlyConfigured(f"DATABASE_URL is not a database address: {error}") from None
    if DATABASES["default"]["ENGINE"] not in {
        "django.db.backends.postgresql",
        "django.db.backends.sqlite3",
    }:
        raise ImproperlyConfigured("DATABASE_URL must start with postgres:// or sqlite://")
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(TUGAN_HOME / "tugan.sqlite3"),
            # Each server thread keeps its connection between requests: opening one (the file,
            # its WAL, the schema) cost 2 ms of CPU and 10 ms in all on every page.
            "CONN_MAX_AGE": 60,
            "OPTIONS": {
                # WAL lets readers go on while an import writes; IMMEDIATE takes the write lock at
                # the start of a transaction, so two writers wait instead of failing mid-way.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                " PRAGMA foreign_keys=ON;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# The passphrase of `tugan backup` and `tugan restore` (docs/backup.md); never a default.
BACKUP_PASSPHRASE = env_text("TUGAN_BACKUP_PASSPHRASE")

# Admins must sign in with a second factor (TOTP); others may (docs/configuration.md).
ADMIN_SECOND_FACTOR = env_bool("TUGAN_ADMIN_SECOND_FACTOR", True)
OTP_TOTP_ISSUER = "Tugan"

SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 8 * 60 * 60
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# No third-party requests: everything a page loads comes from this server.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

# Testimony attachments (photos, scans, recordings, video): the largest file accepted.
ATTACHMENT_MAX_BYTES = env_int("TUGAN_ATTACHMENT_MAX_MB", 200) * 2**20
if ATTACHMENT_MAX_BYTES <= 0:
    raise ImproperlyConfigured("TUGAN_ATTACHMENT_MAX_MB must be a positive number of megabytes")

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("zh-hans", "简体中文"),
    ("kk", "Қазақша"),
    ("ug", "ئۇيغۇرچە"),
    ("ru", "Русский"),
]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Static files are served straight from the package: nothing to collect before `tugan serve`.
WHITENOISE_USE_FINDERS = True
# Files browsers ask for at the site's root (/favicon.ico), served as static files are.
WHITENOISE_ROOT = PACKAGE_DIR / "site_root"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
