"""The CLI reference of docs/cli.md, generated from each command's --help."""

from collections.abc import Iterator

import click


def iter_commands(
    command: click.Command, path: list[str]
) -> Iterator[tuple[list[str], click.Command]]:
    """Yield (path, command) for a command and, for a group, every subcommand under it."""
    yield path, command
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            yield from iter_commands(command.commands[name], [*path, name])


def render_cli_reference(main: click.Group) -> str:
    """Return docs/cli.md: the --help text of every tugan command, in Markdown."""
    parts = [
        "# Command-line reference\n\n",
        "Generated from `--help` by `python -m tugan.cli.reference > docs/cli.md`; "
        "a test fails when it is out of date.\n",
    ]
    for path, command in iter_commands(main, ["tugan"]):
        # A fixed width, so the text does not depend on the terminal it is made in.
        # Subcommands inherit the group's settings (-h), as they do when run.
        settings = {**main.context_settings, **command.context_settings}
        settings |= {"terminal_width": 100, "max_content_width": 100}
        with click.Context(command, info_name=" ".join(path), **settings) as context:
            help_text = command.get_help(context)
        parts.append(f"\n## {' '.join(path)}\n\n```\n{help_text}\n```\n")
    return "".join(parts)


if __name__ == "__main__":
    from tugan.cli import main

    print(render_cli_reference(main), end="")
