//! The README's session is real: the transcript it shows is what viewfinder prints now; and
//! its table of callables is the evaluator's tables (`VIEWFINDER_BLESS=1` rewrites it).

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

/// The text between `<!-- api:begin -->` and `<!-- api:end -->`.
fn api_section(readme: &str) -> (usize, usize) {
    let begin = readme
        .find("<!-- api:begin -->\n")
        .expect("README has an API section")
        + 19;
    let end = readme
        .find("<!-- api:end -->")
        .expect("the API section ends");
    (begin, end)
}

#[test]
fn readme_api_table_is_the_tables() {
    let path = repo_root().join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let (begin, end) = api_section(&readme);
    let table = viewfinder::eval::api::markdown_table();
    if std::env::var_os("VIEWFINDER_BLESS").is_some() {
        let updated = format!("{}{table}{}", &readme[..begin], &readme[end..]);
        std::fs::write(&path, updated).expect("write README.md");
        return;
    }
    assert_eq!(
        &readme[begin..end],
        table,
        "README's API table is stale: VIEWFINDER_BLESS=1 rewrites it"
    );
}
