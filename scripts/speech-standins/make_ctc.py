# Writes a tiny stand-in ONNX model that sherpa-onnx-node (OfflineRecognizer, modelConfig.nemoCtc) loads and runs.
# Its output is nonsense on purpose: it exercises the real loading, decoding and timing code
# without a real model. Needs Debian's python3-onnx (apt-get install python3-onnx).
# Usage: /usr/bin/python3 scripts/speech-standins/make_ctc.py OUT_DIR
import os, sys
OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
os.makedirs(OUT, exist_ok=True)
import numpy as np, onnx
from onnx import helper, TensorProto, numpy_helper
V=5; F=80; SS=4
rng=np.random.default_rng(0)
W=rng.standard_normal((F,V)).astype(np.float32)*0.1
inp=helper.make_tensor_value_info('audio_signal',TensorProto.FLOAT,['N',F,'T'])
ln=helper.make_tensor_value_info('length',TensorProto.INT64,['N'])
out=helper.make_tensor_value_info('logprobs',TensorProto.FLOAT,['N','T2',V])
nodes=[
 helper.make_node('Transpose',['audio_signal'],['x_t'],perm=[0,2,1]),
 helper.make_node('Slice',['x_t','starts','ends','axes','steps'],['x_s']),
 helper.make_node('MatMul',['x_s','W'],['logits']),
 helper.make_node('LogSoftmax',['logits'],['logprobs'],axis=-1),
]
inits=[numpy_helper.from_array(W,'W'),
 numpy_helper.from_array(np.array([0],np.int64),'starts'),
 numpy_helper.from_array(np.array([2**62],np.int64),'ends'),
 numpy_helper.from_array(np.array([1],np.int64),'axes'),
 numpy_helper.from_array(np.array([SS],np.int64),'steps')]
g=helper.make_graph(nodes,'fake_nemo_ctc',[inp,ln],[out],inits)
m=helper.make_model(g,opset_imports=[helper.make_opsetid('',13)])
m.ir_version=8
for k,v in {'vocab_size':str(V),'subsampling_factor':str(SS),'normalize_type':'per_feature','model_type':'EncDecCTCModelBPE'}.items():
  e=m.metadata_props.add(); e.key=k; e.value=v
onnx.checker.check_model(m)
onnx.save(m,os.path.join(OUT,'model.onnx'))
open(os.path.join(OUT,'tokens.txt'),'w').write('\n'.join(f'{t} {i}' for i,t in enumerate(['▁hallo','▁wereld','▁ja','▁nee','<blk>']))+'\n')
