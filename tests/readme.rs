//! The README's session is real: the transcript it shows is what viewfinder prints now.

use crate::util::{repo_root, run_viewfinder};

/// The `printf '…'` input named in the `<!-- session: … -->` marker, with `\n` decoded.
fn session_input(readme: &str) -> String {
    let marker = readme
        .lines()
        .find(|l| l.starts_with("<!-- session: printf '"))
        .expect("README has a session marker");
    let quoted = marker.trim_start_matches("<!-- session: printf '");
    let end = quoted
        .find("' |")
        .expect("marker pipes printf into viewfinder");
    quoted[..end].replace("\\n", "\n")
}

/// The fenced block right after the marker.
fn shown_transcript(readme: &str) -> String {
    let after = &readme[readme.find("<!-- session:").expect("marker")..];
    let block = &after[after
        .find("```text\n")
        .expect("a text block follows the marker")
        + 8..];
    block[..block.find("```").expect("the block is closed")].to_string()
}

#[test]
fn readme_session_is_what_viewfinder_prints() {
    let readme = std::fs::read_to_string(repo_root().join("README.md")).expect("README.md");
    let run = run_viewfinder(&[], Some(&session_input(&readme)));
    assert!(run.success(), "{}", run.stderr_text());
    assert_eq!(
        shown_transcript(&readme),
        run.stdout_text(),
        "README session is stale"
    );
}
