fn main() {
    let o = jsorder::generate::GenOptions::default();
    for level in 1..=5u8 {
        let mut hist = [0usize; 6];
        let mut scores = Vec::new();
        let mut fails = 0;
        for seed in 0..200u64 {
            match jsorder::generate::generate_at_level(seed, level, &o) {
                Some(p) => { hist[p.difficulty.level as usize] += 1; scores.push(p.difficulty.score); }
                None => fails += 1,
            }
        }
        scores.sort();
        println!("builder {level}: measured {:?} fails {fails} score p10 {} p50 {} p90 {}", &hist[1..], scores[20], scores[100], scores[180]);
    }
}
