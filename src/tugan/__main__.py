from tugan.cli import main

main()
