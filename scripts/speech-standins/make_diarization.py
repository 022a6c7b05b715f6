# Writes a tiny stand-in ONNX model that sherpa-onnx-node (OfflineSpeakerDiarization: pyannote-shaped segmentation + speaker embedding) loads and runs.
# Its output is nonsense on purpose: it exercises the real loading, decoding and timing code
# without a real model. Needs Debian's python3-onnx (apt-get install python3-onnx).
# Usage: /usr/bin/python3 scripts/speech-standins/make_diarization.py OUT_DIR
import os, sys
OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
os.makedirs(OUT, exist_ok=True)
import numpy as np, onnx
from onnx import helper, TensorProto, numpy_helper
def meta(m,d):
  for k,v in d.items():
    e=m.metadata_props.add(); e.key=k; e.value=str(v)
def save(g,md,fn):
  m=helper.make_model(g,opset_imports=[helper.make_opsetid('',13)]); m.ir_version=8; meta(m,md); onnx.checker.check_model(m); onnx.save(m,fn)
# segmentation: x [N,1,160000] -> [N,589,7]
W=160000; F=589; S=270
A=np.zeros((1,7),np.float32); A[0,0]=-200; A[0,1]=200
B=np.array([2,-2,-9,-9,-9,-9,-9],np.float32)
nodes=[helper.make_node('Slice',['x','st','en','ax'],['xs']),
 helper.make_node('Reshape',['xs','shp'],['xr']),
 helper.make_node('Abs',['xr'],['xa']),
 helper.make_node('ReduceMean',['xa'],['e'],axes=[2],keepdims=1),
 helper.make_node('MatMul',['e','A'],['l0']),
 helper.make_node('Add',['l0','B'],['l1']),
 helper.make_node('LogSoftmax',['l1'],['y'],axis=-1)]
inits=[numpy_helper.from_array(np.array([0],np.int64),'st'),numpy_helper.from_array(np.array([F*S],np.int64),'en'),numpy_helper.from_array(np.array([2],np.int64),'ax'),
 numpy_helper.from_array(np.array([-1,F,S],np.int64),'shp'),numpy_helper.from_array(A,'A'),numpy_helper.from_array(B,'B')]
g=helper.make_graph(nodes,'fake_pyannote',[helper.make_tensor_value_info('x',TensorProto.FLOAT,['N',1,W])],[helper.make_tensor_value_info('y',TensorProto.FLOAT,['N',F,7])],inits)
save(g,dict(model_type='pyannote-segmentation-3.0',sample_rate=16000,window_size=W,receptive_field_size=991,receptive_field_shift=S,num_speakers=3,powerset_max_classes=2,num_classes=7),os.path.join(OUT,'seg.onnx'))
# embedding: feats [N,T,80] -> [N,16]
rng=np.random.default_rng(1); E=rng.standard_normal((80,16)).astype(np.float32)
nodes=[helper.make_node('ReduceMean',['feats'],['m'],axes=[1],keepdims=0),helper.make_node('MatMul',['m','E'],['embs'])]
g=helper.make_graph(nodes,'fake_emb',[helper.make_tensor_value_info('feats',TensorProto.FLOAT,['N','T',80])],[helper.make_tensor_value_info('embs',TensorProto.FLOAT,['N',16])],[numpy_helper.from_array(E,'E')])
save(g,dict(framework='wespeaker',output_dim=16,sample_rate=16000,normalize_samples=0,language='nl',feature_normalize_type='global-mean'),os.path.join(OUT,'emb.onnx'))
